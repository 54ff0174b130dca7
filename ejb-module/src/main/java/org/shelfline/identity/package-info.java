/**
 * Who is signed in: user accounts (PBKDF2-hashed passwords, one role, one organisation each) and
 * {@link org.shelfline.identity.CurrentUser}, from which every service takes the tenant it works for.
 */
package org.shelfline.identity;
