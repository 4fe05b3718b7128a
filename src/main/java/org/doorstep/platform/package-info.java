/**
 * Technical ground every module stands on: the data directory, the database (embedded PostgreSQL or a server)
 * and the file store.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.doorstep.platform;
