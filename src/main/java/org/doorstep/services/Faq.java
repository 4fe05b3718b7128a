package org.doorstep.services;

/** 常见问题. */
public record Faq(String question, String answer) {
}
