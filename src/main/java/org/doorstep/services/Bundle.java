package org.doorstep.services;

import java.util.List;

/** 一件事一次办: items across departments applied for together, with the promise made for the whole (e.g. 0.5 个工作日办结). */
public record Bundle(String code, String name, String description, String promise, List<String> itemCodes) {
}
