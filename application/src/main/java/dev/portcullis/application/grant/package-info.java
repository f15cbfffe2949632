/**
 * The grant-type extension point: {@link dev.portcullis.application.grant.GrantHandler} and the token use
 * case that dispatches to the handlers. Built-in grants live in the sub-packages.
 */
package dev.portcullis.application.grant;
