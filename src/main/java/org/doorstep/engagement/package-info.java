/**
 * 点题公开 and 咨询: topics citizens ask the government to disclose and their answers in 回应关切, questions logged
 * from the hotline, windows, the web and grid workers, and the hot topics they show.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engagement")
package org.doorstep.engagement;
