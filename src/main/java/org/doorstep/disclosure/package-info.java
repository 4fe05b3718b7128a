/**
 * 政务公开: each government's standard disclosure catalogue, government documents with their metadata, confidentiality
 * review and publishing, and the public portal and API that show what is published.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure")
package org.doorstep.disclosure;
