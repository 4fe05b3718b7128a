/**
 * 政府网站找错: anyone reports an error on the site (a broken link, a wrong word, outdated content); the disclosure
 * office lists the reports and marks each handled with a note.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Site feedback")
package org.doorstep.sitefeedback;
