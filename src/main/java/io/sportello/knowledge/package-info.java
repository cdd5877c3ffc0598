/**
 * The knowledge side of the desk: categories and sections, articles in Italian and English (drafts, published
 * versions, translations, related articles), their search (Hibernate Search on Lucene with Italian and English
 * analyzers and editable synonyms), the help centre's reading and feedback, and the reply templates agents insert
 * into their answers, with snippets filled from the ticket, the customer and the order; the images and files articles
 * show, checked like customers' attachments.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"commerce", "customer", "security", "shared", "ticket"})
package io.sportello.knowledge;
