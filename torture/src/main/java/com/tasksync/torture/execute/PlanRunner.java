package com.tasksync.torture.execute;

import com.tasksync.torture.model.Side;
import com.tasksync.torture.plan.AwaitNodes;
import com.tasksync.torture.plan.AwaitStreamTakeover;
import com.tasksync.torture.plan.AwaitSynced;
import com.tasksync.torture.plan.Barrier;
import com.tasksync.torture.plan.FaultStep;
import com.tasksync.torture.plan.FaultsOff;
import com.tasksync.torture.plan.KillStep;
import com.tasksync.torture.plan.Operation;
import com.tasksync.torture.plan.Pause;
import com.tasksync.torture.plan.Step;
import com.tasksync.torture.plan.StreamHolderKill;
import com.tasksync.torture.process.Deadline;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Walks a plan: operations go to a few workers (at most one each at a time, so they race as
 * users would), control steps are taken in order by the coordinator itself.
 */
public final class PlanRunner implements AutoCloseable {

    private final RunContext run;
    private final RunControls controls;
    private final int workers;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final TaskSyncOperations taskSync;
    private final SalesforceOperations salesforce;

    public PlanRunner(RunContext run, RunControls controls, int workers) {
        this.run = run;
        this.controls = controls;
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers);
        this.inFlight = new Semaphore(workers);
        this.taskSync = new TaskSyncOperations(run);
        this.salesforce = new SalesforceOperations(run);
    }

    public void execute() {
        for (Step step : run.plan().steps()) {
            if (step instanceof Operation op) {
                dispatch(op);
            } else if (step instanceof FaultStep fault) {
                controls.faults().start(fault);
            } else if (step instanceof FaultsOff off) {
                controls.faults().stop(off.kind());
            } else if (step instanceof KillStep kill) {
                controls.killer().kill(kill);
            } else if (step instanceof AwaitNodes) {
                controls.killer().awaitAllUp();
            } else if (step instanceof Pause pause) {
                Deadline.pause(pause.length());
            } else if (step instanceof Barrier) {
                barrier();
            } else if (step instanceof AwaitSynced await) {
                barrier();
                controls.waiter().awaitSynced(await.timeout());
            } else if (step instanceof StreamHolderKill kill) {
                controls.streams().killHolder(kill.restartAfter());
            } else if (step instanceof AwaitStreamTakeover await) {
                controls.streams().awaitTakeover(await.limit());
            }
        }
        barrier();
    }

    private void dispatch(Operation op) {
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
            try {
                if (op.kind().side() == Side.TASKSYNC) {
                    taskSync.execute(op);
                } else {
                    salesforce.execute(op);
                }
            } catch (RuntimeException e) {
                run.events().harnessError(op.describe() + ": " + e);
            } finally {
                inFlight.release();
            }
        });
    }

    /** Waits until every operation dispatched so far has finished. */
    public void barrier() {
        inFlight.acquireUninterruptibly(workers);
        inFlight.release(workers);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
