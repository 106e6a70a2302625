#ifndef JOURNEYKIT_CLIBXML2_SHIM_H
#define JOURNEYKIT_CLIBXML2_SHIM_H

/* Debian's libxml2 is built with ICU; its headers would pull in <unicode/*.h>, which clashes with
   Foundation's bundled ICU. JourneyKit uses no ICU-dependent libxml2 API. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <stdint.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/HTMLparser.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as shared mutable state. */
static inline void cxml_free(void *pointer) { xmlFree(pointer); }

/* ---- Errors without a parser context --------------------------------------------------------
   libxml2 reports some errors (a failed encoding conversion, an output buffer's encoder) through
   its generic handler, which prints to the process's standard error: a library must not. Every
   error JourneyKit reports comes from a parser context or a writer's return value, so the generic
   handler is made silent, for this thread and as the default of threads created later. */

static void cxml__silent(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

static inline void cxml_silence_thread_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, cxml__silent);
}

static inline void cxml_silence_generic_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, cxml__silent);
    cxml_silence_thread_generic_errors();
}

/* The structured-error callback takes `const xmlError *` from libxml2 2.12 on. */
#if LIBXML_VERSION >= 21200
#define CXML_ERROR_POINTER const xmlError *
#else
#define CXML_ERROR_POINTER xmlError *
#endif

/* ---- Element locations -------------------------------------------------------------------------
   libxml2 keeps a line per node but no column. A parser context made by cxml_new_locating_parser
   records, for every element, the line and column of the `<` that opens its start tag, packed into
   the node's `_private` field (reserved for applications). */

static inline void cxml_store_location(xmlNodePtr node, uint32_t line, uint32_t column) {
    node->_private = (void *)(uintptr_t)(((uint64_t)line << 32) | (uint64_t)column);
}

static inline uint32_t cxml_node_line(const xmlNode *node) {
    if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL) return 0;
    return (uint32_t)(((uint64_t)(uintptr_t)node->_private) >> 32);
}

static inline uint32_t cxml_node_column(const xmlNode *node) {
    if (node == NULL || node->type != XML_ELEMENT_NODE || node->_private == NULL) return 0;
    return (uint32_t)(((uint64_t)(uintptr_t)node->_private) & 0xFFFFFFFFu);
}

static inline void cxml__start_element_ns(void *context, const xmlChar *localname, const xmlChar *prefix,
                                          const xmlChar *uri, int namespaceCount, const xmlChar **namespaces,
                                          int attributeCount, int defaultedCount, const xmlChar **attributes) {
    xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
    xmlSAX2StartElementNs(context, localname, prefix, uri, namespaceCount, namespaces, attributeCount,
                          defaultedCount, attributes);
    if (parser == NULL || parser->node == NULL || parser->input == NULL || parser->input->cur == NULL) return;
    /* The parser stands at the end of the start tag. Attribute values cannot hold a raw `<`, so the
       nearest `<` before it opens this tag. */
    const xmlChar *base = parser->input->base;
    const xmlChar *cursor = parser->input->cur;
    const xmlChar *open = cursor;
    while (open > base && *open != '<') open--;
    uint32_t line = (uint32_t)parser->input->line;
    uint32_t column = (uint32_t)parser->input->col;
    if (*open == '<') {
        uint32_t newlines = 0;
        for (const xmlChar *p = open; p < cursor; p++) if (*p == '\n') newlines++;
        if (newlines == 0) {
            uint32_t characters = 0;
            for (const xmlChar *p = open; p < cursor; p++) if ((*p & 0xC0) != 0x80) characters++;
            column = column > characters ? column - characters : 1;
        } else {
            const xmlChar *lineStart = open;
            while (lineStart > base && lineStart[-1] != '\n') lineStart--;
            uint32_t characters = 0;
            for (const xmlChar *p = lineStart; p < open; p++) if ((*p & 0xC0) != 0x80) characters++;
            column = characters + 1;
            line = line > newlines ? line - newlines : 1;
        }
    }
    cxml_store_location(parser->node, line, column);
}

/* A parser context whose documents carry element locations (see cxml_node_line/cxml_node_column). */
static inline xmlParserCtxtPtr cxml_new_locating_parser(void) {
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser != NULL && parser->sax != NULL) parser->sax->startElementNs = cxml__start_element_ns;
    return parser;
}

/* ---- Collected errors --------------------------------------------------------------------------
   Swift receives every error as plain values, whatever the callback signature of this libxml2. */

typedef void (*cxml_error_sink)(void *context, int level, int code, int line, int column, const char *message);

typedef struct {
    cxml_error_sink sink;
    void *context;
} cxml_error_collector;

static inline void cxml__structured_error(void *context, CXML_ERROR_POINTER error) {
    cxml_error_collector *collector = (cxml_error_collector *)context;
    if (collector == NULL || collector->sink == NULL || error == NULL) return;
    int line = error->line;
    int column = error->int2;
    if (error->node != NULL) {
        const xmlNode *node = (const xmlNode *)error->node;
        if (cxml_node_line(node) > 0) {
            line = (int)cxml_node_line(node);
            column = (int)cxml_node_column(node);
        }
    }
    collector->sink(collector->context, (int)error->level, error->code, line, column, error->message);
}

static inline void cxml_schema_collect_errors(xmlSchemaValidCtxtPtr validator, cxml_error_collector *collector) {
    xmlSchemaSetValidStructuredErrors(validator, cxml__structured_error, collector);
}

static inline void cxml_schema_parser_collect_errors(xmlSchemaParserCtxtPtr parser, cxml_error_collector *collector) {
    xmlSchemaSetParserStructuredErrors(parser, cxml__structured_error, collector);
}

/* ---- Schema validation of a SAX2 stream --------------------------------------------------------
   The validator is spliced into the parser's handler: each event goes to the application's handler
   first and then to the validator. Plug after creating the push parser and before setting its
   options (XML_PARSE_NOCDATA then clears the splice's CDATA callback too, so CDATA arrives as text
   on both sides); unplug before freeing the parser, which would otherwise free the splice's
   handler. */

static inline xmlSchemaSAXPlugPtr cxml_schema_plug(xmlParserCtxtPtr parser, xmlSchemaValidCtxtPtr validator) {
    if (parser == NULL || validator == NULL) return NULL;
    return xmlSchemaSAXPlug(validator, &parser->sax, &parser->userData);
}

/* ---- Event (SAX2) parsing ----------------------------------------------------------------------
   A SAX2 handler's structured errors arrive with the handler's user data, which for JourneyKit's
   event parser is a cxml_error_collector. */

static inline void cxml__sax_structured_error(void *userData, CXML_ERROR_POINTER error) {
    cxml__structured_error(userData, error);
}

/* Hands a SAX2 handler's errors to the collector passed as the parser's user data. */
static inline void cxml_sax_collect_errors(xmlSAXHandler *handler) {
    if (handler != NULL) handler->serror = (xmlStructuredErrorFunc)cxml__sax_structured_error;
}

#if defined(__GLIBC__)
/* glibc's, declared only with _GNU_SOURCE, which a module header cannot count on. */
extern void *memrchr(const void *s, int c, size_t n);
#endif

/* The last `<` before `cursor`, or `base` when there is none. */
static inline const xmlChar *cxml__last_open(const xmlChar *base, const xmlChar *cursor) {
#if defined(__GLIBC__)
    const xmlChar *found = (const xmlChar *)memrchr(base, '<', (size_t)(cursor - base));
    return found != NULL ? found : base;
#else
    const xmlChar *open = cursor;
    while (open > base && *open != '<') open--;
    return open;
#endif
}

/* The line of the `<` that opens the start tag the parser has just read: the parser stands at its
   end, and attribute values cannot hold a raw `<`. */
static inline int cxml_start_tag_line(xmlParserCtxtPtr parser) {
    if (parser == NULL || parser->input == NULL || parser->input->cur == NULL) return 0;
    const xmlChar *base = parser->input->base;
    const xmlChar *cursor = parser->input->cur;
    const xmlChar *open = cxml__last_open(base, cursor);
    int line = parser->input->line;
    if (*open != '<') return line;
    const xmlChar *p = open;
    while (p < cursor) {
        const xmlChar *newline = memchr(p, '\n', (size_t)(cursor - p));
        if (newline == NULL) break;
        line--;
        p = newline + 1;
    }
    return line > 0 ? line : 1;
}

/* The column, in characters, of the `<` that opens the start tag the parser has just read. */
static inline int cxml_start_tag_column(xmlParserCtxtPtr parser) {
    if (parser == NULL || parser->input == NULL || parser->input->cur == NULL) return 0;
    const xmlChar *base = parser->input->base;
    const xmlChar *cursor = parser->input->cur;
    const xmlChar *open = cxml__last_open(base, cursor);
    if (*open != '<') return parser->input->col;
    if (memchr(open, '\n', (size_t)(cursor - open)) == NULL) {
        int characters = 0;
        for (const xmlChar *p = open; p < cursor; p++) if ((*p & 0xC0) != 0x80) characters++;
        int column = parser->input->col - characters;
        return column > 0 ? column : 1;
    }
    const xmlChar *lineStart = open;
    while (lineStart > base && lineStart[-1] != '\n') lineStart--;
    int characters = 0;
    for (const xmlChar *p = lineStart; p < open; p++) if ((*p & 0xC0) != 0x80) characters++;
    return characters + 1;
}

/* ---- Document type policy ---------------------------------------------------------------------
   Journey documents and the diagram formats JourneyKit reads need no DTD. A context can refuse a
   document type declaration outright, accept one without an internal subset, or accept one but
   refuse entity declarations and references, so no entity is ever expanded or fetched. The refusal (1 = document type, 2 = entity declaration, 3 = entity
   reference) and its line are kept in the context's `_private` field. */

static inline void cxml__refuse(xmlParserCtxtPtr parser, uint64_t kind) {
    uint64_t line = parser->input != NULL ? (uint64_t)(uint32_t)parser->input->line : 0;
    parser->_private = (void *)(uintptr_t)((kind << 32) | line);
    xmlStopParser(parser);
}

static inline void cxml__refuse_internal_subset(void *context, const xmlChar *name, const xmlChar *publicID,
                                                const xmlChar *systemID) {
    (void)name; (void)publicID; (void)systemID;
    cxml__refuse((xmlParserCtxtPtr)context, 1);
}

static inline void cxml__refuse_entity(void *context, const xmlChar *name, int type, const xmlChar *publicID,
                                       const xmlChar *systemID, xmlChar *content) {
    (void)name; (void)type; (void)publicID; (void)systemID; (void)content;
    cxml__refuse((xmlParserCtxtPtr)context, 2);
}

static inline void cxml_refuse_document_types(xmlParserCtxtPtr parser) {
    if (parser != NULL && parser->sax != NULL) parser->sax->internalSubset = cxml__refuse_internal_subset;
}

/* Whether the parser stands at the `[` of an internal subset. libxml2 reports a document type
   declaration once it has read the name and external identifiers, just before the subset. */
static inline int cxml_at_internal_subset(xmlParserCtxtPtr parser) {
    return parser != NULL && parser->input != NULL && parser->input->cur != NULL && parser->input->cur[0] == '[';
}

static inline void cxml__refuse_internal_subset_only(void *context, const xmlChar *name, const xmlChar *publicID,
                                                     const xmlChar *systemID) {
    xmlParserCtxtPtr parser = (xmlParserCtxtPtr)context;
    if (cxml_at_internal_subset(parser)) {
        cxml__refuse(parser, 1);
        return;
    }
    /* Records the declaration in the tree; without XML_PARSE_DTDLOAD nothing is loaded. */
    xmlSAX2InternalSubset(context, name, publicID, systemID);
}

/* A reference to an entity nobody declared, which libxml2 lets pass when the document names an
   external DTD it has not loaded. */
static inline void cxml__refuse_reference(void *context, const xmlChar *name) {
    (void)name;
    cxml__refuse((xmlParserCtxtPtr)context, 3);
}

static inline void cxml_refuse_entity_declarations(xmlParserCtxtPtr parser) {
    if (parser != NULL && parser->sax != NULL) {
        parser->sax->entityDecl = cxml__refuse_entity;
        parser->sax->reference = cxml__refuse_reference;
    }
}

/* Accepts `<!DOCTYPE name PUBLIC "…" "…">` (never loading the DTD), refuses an internal subset and,
   as cxml_refuse_entity_declarations, any entity declaration. */
static inline void cxml_refuse_internal_subsets(xmlParserCtxtPtr parser) {
    if (parser != NULL && parser->sax != NULL) {
        parser->sax->internalSubset = cxml__refuse_internal_subset_only;
        cxml_refuse_entity_declarations(parser);
    }
}

static inline uint32_t cxml_refusal_kind(xmlParserCtxtPtr parser) {
    return parser == NULL ? 0 : (uint32_t)(((uint64_t)(uintptr_t)parser->_private) >> 32);
}

static inline uint32_t cxml_refusal_line(xmlParserCtxtPtr parser) {
    return parser == NULL ? 0 : (uint32_t)(((uint64_t)(uintptr_t)parser->_private) & 0xFFFFFFFFu);
}

/* The entity declarations of a document's internal subset, if any. */
static inline int cxml_document_declares_entities(xmlDocPtr document) {
    if (document == NULL) return 0;
    xmlDtdPtr subsets[2] = { document->intSubset, document->extSubset };
    for (int i = 0; i < 2; i++) {
        if (subsets[i] != NULL && (subsets[i]->entities != NULL || subsets[i]->pentities != NULL)) return 1;
    }
    return 0;
}

#endif
