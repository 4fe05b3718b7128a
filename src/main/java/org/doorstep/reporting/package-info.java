/**
 * 政府信息公开工作年度报告: each government's yearly report in the 2021 national template, its figures generated from
 * the other modules' data, written by the disclosure office and published through the disclosure module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.doorstep.reporting;
