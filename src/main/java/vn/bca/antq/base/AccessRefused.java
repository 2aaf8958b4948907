package vn.bca.antq.base;

/** A page or the data it asked for was refused to the signed-in user (published for the audit log). */
public record AccessRefused(String path, String why) {}
