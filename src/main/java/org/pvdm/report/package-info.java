/**
 * The demo report: one self-contained HTML file (charts as inline SVG, no script, no external file) that
 * shows two recordings or one guest before and after its switch. Used by the CLI ({@code pvdm compare A B
 * --report FILE.html}) and the desktop app (Statistics > Export report); no JavaFX, no libvirt.
 */
package org.pvdm.report;
