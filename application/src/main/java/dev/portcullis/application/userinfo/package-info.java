/** OpenID Connect userinfo (OIDC Core §5.3). */
package dev.portcullis.application.userinfo;
