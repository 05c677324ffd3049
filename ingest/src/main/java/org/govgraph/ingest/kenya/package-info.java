/**
 * The Kenya eCitizen service catalogue: ministries, state departments and agencies as
 * public organisations in one hierarchy (W3C ORG), and the services they offer on the
 * national eCitizen portal as CPSV-AP public services with an online channel.
 */
package org.govgraph.ingest.kenya;
