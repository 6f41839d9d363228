#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its <unicode/*.h> clash with Foundation's
 * _FoundationICU ("UErrorCode has different definitions"). Tidings never touches
 * the ICU-only trailing fields of xmlCharEncodingHandler. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlerror.h>
#include <libxml/encoding.h>
#include <libxml/uri.h>
#include <libxml/entities.h>

/// `xmlFree` is a global function-pointer variable, which Swift 6 rejects.
static inline void cxml_free(void *ptr) { xmlFree(ptr); }

static void cxml_silent_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static void cxml_silent_structured(void *ctx, xmlErrorPtr err) { (void)ctx; (void)err; }

/// Keeps libxml2 from printing parse errors to stderr; errors are read back from the context.
static inline void cxml_silence_errors(void) {
    xmlSetGenericErrorFunc(NULL, cxml_silent_error);
    xmlSetStructuredErrorFunc(NULL, cxml_silent_structured);
}
#endif
