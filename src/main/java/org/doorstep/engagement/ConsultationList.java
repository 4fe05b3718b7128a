package org.doorstep.engagement;

import org.doorstep.platform.ListPage;

/**
 * A page of the console's consultation list, with the period's figures: how many consultations the filter holds
 * (counted exactly, since a period is at most a year) and how long answering took on average.
 */
public record ConsultationList(ListPage<Consultation> page, long total, long averageMinutes) {
}
