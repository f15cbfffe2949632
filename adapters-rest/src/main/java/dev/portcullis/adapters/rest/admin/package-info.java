/** The admin API as a whole: what every /admin route shares. */
package dev.portcullis.adapters.rest.admin;
