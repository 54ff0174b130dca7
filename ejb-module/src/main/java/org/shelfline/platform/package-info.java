/** The platform operator's view across tenants: brands and their admins. */
package org.shelfline.platform;
