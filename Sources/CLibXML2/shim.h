// libxml2's HTML parser, for reading .html and .htm documents.
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
