#ifndef NORMERING_XML_SHIM_H
#define NORMERING_XML_SHIM_H

/* libxml2 built with ICU includes <unicode/ucnv.h> from encoding.h, whose types then clash
 * with Foundation's own copy of ICU (_FoundationICU) in any Swift module importing both.
 * The importer never touches ICU types (only pointers to encoding handlers, whose fields it
 * never reads), so the ICU part of the headers is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>

/// `xmlFree` is a C global variable, which Swift 6 rejects as not concurrency-safe.
static inline void normering_xml_free(void *pointer) { xmlFree(pointer); }

/* libxml2 writes some errors straight to standard error through the generic error function
 * (per thread), past the parser context's handler: bytes that do not convert from the
 * document's encoding ("encoding error", "xmlParseChunk: encoder error"). The importer reports
 * those itself, with a position. A C function because the callback is variadic. */
static void normering_ignore_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/// Silences libxml2's generic error output on the calling thread.
static inline void normering_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, normering_ignore_generic_error);
}

#endif
