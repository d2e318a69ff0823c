/*
 * The floor under `normering check`'s time: libxml2's own SAX2 push parser over the same
 * files, on the same threads, with callbacks that do nothing but count start tags. What
 * `check` takes beyond this is ours (records, checks, join, rules, reports); what this takes
 * is libxml2's and no Swift code can go under it. Not part of the tool: compiled and run by
 * scripts/benchmark.sh. Options as the importer's (no network, no entity substitution, no
 * DTD loading), 256 KiB chunks, files handed out in order to each thread as it comes free.
 *
 *   sax-floor THREADS FILE...
 */
#include <libxml/parser.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { chunkSize = 256 * 1024, maxThreads = 64 };

static char **files;
static int fileCount;
static int nextFile = 0;
static pthread_mutex_t claimLock = PTHREAD_MUTEX_INITIALIZER;

struct worker { pthread_t thread; long elements; int failures; };

static void startElement(void *context, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                         int namespaceCount, const xmlChar **namespaces, int attributeCount, int defaulted,
                         const xmlChar **attributes) {
    ((struct worker *)context)->elements++;
}

static void *work(void *argument) {
    struct worker *self = argument;
    char *buffer = malloc(chunkSize);
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = startElement;
    for (;;) {
        pthread_mutex_lock(&claimLock);
        int index = nextFile++;
        pthread_mutex_unlock(&claimLock);
        if (index >= fileCount) break;
        FILE *file = fopen(files[index], "rb");
        if (!file) { self->failures++; continue; }
        xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&handler, self, NULL, 0, files[index]);
        xmlCtxtUseOptions(parser, XML_PARSE_NONET);
        size_t count;
        while ((count = fread(buffer, 1, chunkSize, file)) > 0) xmlParseChunk(parser, buffer, (int)count, 0);
        xmlParseChunk(parser, buffer, 0, 1);
        if (!parser->wellFormed) self->failures++;
        xmlFreeParserCtxt(parser);
        fclose(file);
    }
    free(buffer);
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 3 || atoi(argv[1]) < 1 || atoi(argv[1]) > maxThreads) {
        fprintf(stderr, "usage: sax-floor THREADS FILE...\n");
        return 2;
    }
    int threads = atoi(argv[1]);
    files = argv + 2;
    fileCount = argc - 2;
    xmlInitParser();
    struct worker workers[maxThreads];
    memset(workers, 0, sizeof workers);
    for (int i = 0; i < threads; i++) pthread_create(&workers[i].thread, NULL, work, &workers[i]);
    long elements = 0;
    int failures = 0;
    for (int i = 0; i < threads; i++) {
        pthread_join(workers[i].thread, NULL);
        elements += workers[i].elements;
        failures += workers[i].failures;
    }
    printf("%ld elements, %d files not well-formed or unreadable\n", elements, failures);
    return failures == 0 ? 0 : 1;
}
