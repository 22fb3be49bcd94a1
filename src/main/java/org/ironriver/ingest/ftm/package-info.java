/**
 * FollowTheMoney entities in and out, mapped onto the model.
 */
package org.ironriver.ingest.ftm;
