/** The OpenID Connect userinfo endpoint. */
package dev.portcullis.adapters.rest.oauth.userinfo;
