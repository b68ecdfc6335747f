/**
 * Plans of a run, made from its seed alone so that a seed replays the same run: the operations
 * (create, edit each field, complete, reopen, delete, restore on either side, sync off and on),
 * the faults, the kills, and the pauses between them. The default mix draws them at random;
 * each named scenario reproduces one known defect on its own.
 */
package com.tasksync.torture.plan;
