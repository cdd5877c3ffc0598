/** The pages customers use: the portal and its sign-in, the contact form, the live chat and the satisfaction survey. */
package io.sportello.ui.customer;
