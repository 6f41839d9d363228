/* A lower bound on the libxml2 work behind the full feed model, for scripts/bench-parser.sh.
 *
 * Each feed is read by libxml2's XML SAX parser without building a tree, keeping only the text of
 * the elements that carry article HTML (description, content:encoded, Atom summary and content);
 * each such body is then read by libxml2's HTML SAX parser with empty callbacks, as Tidings must to
 * turn HTML into text. Entity references in the bodies are blanked first, so the HTML parser never
 * looks one up: that makes this less work than any parser doing the job, i.e. a floor.
 *
 * Usage: bench-parser-floor FILE...        Build: cc -O2 bench-parser-floor.c $(pkg-config --cflags --libs libxml-2.0)
 */
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *body;
static size_t bodyLength, bodyCapacity;
static int inBody;

static void appendBody(const xmlChar *text, int length) {
    if (bodyLength + (size_t)length > bodyCapacity) {
        bodyCapacity = (bodyLength + (size_t)length) * 2;
        body = realloc(body, bodyCapacity);
        if (!body) exit(1);
    }
    memcpy(body + bodyLength, text, (size_t)length);
    bodyLength += (size_t)length;
}

static void htmlCharacters(void *context, const xmlChar *text, int length) { (void)context, (void)text, (void)length; }
static void htmlStart(void *context, const xmlChar *name, const xmlChar **attributes) { (void)context, (void)name, (void)attributes; }
static void htmlEnd(void *context, const xmlChar *name) { (void)context, (void)name; }

static void parseBody(void) {
    if (bodyLength == 0) return;
    for (size_t i = 0; i < bodyLength; i++)
        if (body[i] == '&') body[i] = ' ';
    htmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.startElement = htmlStart;
    handler.endElement = htmlEnd;
    handler.characters = htmlCharacters;
    handler.cdataBlock = htmlCharacters;
    htmlParserCtxtPtr context = htmlCreatePushParserCtxt(&handler, NULL, NULL, 0, NULL, XML_CHAR_ENCODING_UTF8);
    htmlCtxtUseOptions(context, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    htmlParseChunk(context, body, (int)bodyLength, 1);
    htmlFreeParserCtxt(context);
    bodyLength = 0;
}

static int carriesHTML(const xmlChar *local) {
    const char *name = (const char *)local;
    return !strcmp(name, "description") || !strcmp(name, "encoded") || !strcmp(name, "summary") || !strcmp(name, "content");
}

static void xmlStart(void *context, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri, int namespaceCount,
                     const xmlChar **namespaces, int attributeCount, int defaulted, const xmlChar **attributes) {
    (void)context, (void)prefix, (void)uri, (void)namespaceCount, (void)namespaces, (void)attributeCount, (void)defaulted,
        (void)attributes;
    if (carriesHTML(local)) inBody++;
}

static void xmlEnd(void *context, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)context, (void)prefix, (void)uri;
    if (carriesHTML(local) && inBody > 0) {
        inBody--;
        parseBody();
    }
}

static void xmlCharacters(void *context, const xmlChar *text, int length) {
    (void)context;
    if (inBody) appendBody(text, length);
}

int main(int argc, char **argv) {
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = xmlStart;
    handler.endElementNs = xmlEnd;
    handler.characters = xmlCharacters;
    handler.cdataBlock = xmlCharacters;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) { perror(argv[i]); return 1; }
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        rewind(file);
        char *bytes = malloc((size_t)size);
        if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) { fprintf(stderr, "%s: read failed\n", argv[i]); return 1; }
        fclose(file);
        xmlParserCtxtPtr context = xmlNewParserCtxt();
        xmlSAXHandlerPtr standard = context->sax;
        context->sax = &handler;
        xmlCtxtReadMemory(context, bytes, (int)size, argv[i], NULL,
                          XML_PARSE_NONET | XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
        context->sax = standard;
        xmlFreeParserCtxt(context);
        free(bytes);
        inBody = 0;
        bodyLength = 0;
    }
    return 0;
}
