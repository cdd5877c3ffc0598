package io.sportello.knowledge;

/** An article is a draft until first published; archived articles are kept (with their versions) but not shown. */
public enum ArticleStatus { DRAFT, PUBLISHED, ARCHIVED }
