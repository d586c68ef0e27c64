using CoachBot.Benchmarks;
using CoachBot.Benchmarks.Scheduling;

// `schedule-tick [options]` measures the prompt scheduler; anything else is the load driver's arguments.
return args is ["schedule-tick", .. var rest]
    ? await ScheduleTickBenchmark.RunAsync(rest)
    : await LoadDriver.RunAsync(args);
