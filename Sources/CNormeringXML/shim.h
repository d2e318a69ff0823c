#ifndef NORMERING_XML_SHIM_H
#define NORMERING_XML_SHIM_H

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlstring.h>
#include <libxml/encoding.h>

/// `xmlFree` is a C global variable, which Swift 6 rejects as not concurrency-safe.
static inline void normering_xml_free(void *pointer) { xmlFree(pointer); }

#endif
