package cn.fazhi.platform.web;

/** A service listed on the public portal's front page, contributed by a module as a bean. */
public record PublicEntry(String titleKey, String descriptionKey, String path, int order) {}
