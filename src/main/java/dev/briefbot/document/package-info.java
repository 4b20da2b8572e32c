/**
 * A document an operator sends becomes an unreviewed brief: its text taken out of a .txt, .html or .pdf and cleaned
 * to the article alone, saved in the seeds folder under a safe id, and its draft facts proposed. It knows no chat
 * transport: the {@link dev.briefbot.document.DocumentDesk} is what one calls with the document's bytes.
 */
package dev.briefbot.document;
