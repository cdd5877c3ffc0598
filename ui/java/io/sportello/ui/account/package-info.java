/** A person's own account outside the desk's screens: choosing a password with the link they were mailed. */
package io.sportello.ui.account;
