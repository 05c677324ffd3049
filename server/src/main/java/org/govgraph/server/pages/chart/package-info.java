/**
 * Charts drawn on the server as inline, accessible SVG (a title, a description, a table
 * alternative), so that pages need no chart library and no network: a line chart over
 * survey years whose absent values are gaps, and a horizontal bar chart of shares.
 */
package org.govgraph.server.pages.chart;
