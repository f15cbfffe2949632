/** Whether this node can serve requests. */
package dev.portcullis.application.health;
