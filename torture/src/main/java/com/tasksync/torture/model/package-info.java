/**
 * What the harness knows of each task it touched: its ids on both sides, every write either side
 * acknowledged (or sent without an answer) per field with its time, its deletes and restores, and
 * when sync was switched. Field values are kept in TaskSync's terms, normalised so that the two
 * sides' documented mapping can be compared; this package states that mapping on its own.
 */
package com.tasksync.torture.model;
