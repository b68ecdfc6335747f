/**
 * What must hold once a run is over, checked through public interfaces only: the harness waits
 * for quiet, takes both sides as the rep sees them, and looks for duplicates, differences,
 * reverted or lost acknowledged writes, resurrected deletes, back-pushes, stuck or erroneous
 * tasks, hot loops, and failures that TaskSync did not show.
 */
package com.tasksync.torture.check;
