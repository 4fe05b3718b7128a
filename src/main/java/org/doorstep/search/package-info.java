/**
 * Search: a Lucene index of published government documents and service guides (smartcn words plus CJK bigrams for
 * precise short words), kept in step with publishing and guide events and checked against the database after start.
 */
package org.doorstep.search;
