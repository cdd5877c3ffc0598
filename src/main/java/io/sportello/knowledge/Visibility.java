package io.sportello.knowledge;

/** Who may read an article: everybody (the help centre, the bot) or only the desk's staff. */
public enum Visibility { PUBLIC, INTERNAL }
