/** The content owners' screens: articles (drafts, publishing, versions, translations), synonyms and what searches miss. */
package io.sportello.ui.knowledge;
