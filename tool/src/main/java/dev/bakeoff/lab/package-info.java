/**
 * The reference apps as processes: the stack catalog, set-up and toolchains, pinned launch on their own cores,
 * readiness, resource sampling, the delay service, PostgreSQL, the ML model and the conformance checks of the
 * contract. It knows nothing of load, plans or runs (docs/DESIGN.md, Rooms).
 *
 * <p>May use: model, yaml.
 *
 * <p>Public types: {@link AppFailure}, {@link AppProcess}, {@link Conformance}, {@link CpuSets}, {@link Dataset},
 * {@link DownstreamService}, {@link EnvironmentProbe}, {@link JitActivity}, {@link LabServices}, {@link
 * LaunchSettings}, {@link MlModel}, {@link Ports}, {@link PostgresCluster}, {@link ResourceSampler}, {@link
 * StackCatalog}, {@link StackSetup}.
 */
package dev.bakeoff.lab;
