// libxml2's HTML parser, for reading .html and .htm documents.
// ICU support is switched off here: its headers clash with Foundation's copy of ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
