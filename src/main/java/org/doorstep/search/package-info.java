/**
 * Search: a Lucene index of published government documents (smartcn words plus CJK bigrams for precise short words),
 * kept in step with publishing events and repaired against the database on start.
 */
package org.doorstep.search;
