/**
 * The trust relationships with other JWT issuers (ORY Hydra v2's trusted JWT grant issuers): registered, read,
 * listed and deleted by the operator; the jwt-bearer grant accepts assertions on their strength.
 */
package dev.portcullis.application.trust;
