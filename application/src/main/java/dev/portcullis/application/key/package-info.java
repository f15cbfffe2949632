/** Key sets: generating, rotating, publishing and deleting the server's signing keys. */
package dev.portcullis.application.key;
