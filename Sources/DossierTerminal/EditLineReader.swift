import CLibEdit
import DossierShell
