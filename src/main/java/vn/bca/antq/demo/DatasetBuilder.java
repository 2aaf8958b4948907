package vn.bca.antq.demo;

import java.util.List;
import vn.bca.antq.demo.DemoDataset.AssessmentRow;
import vn.bca.antq.demo.ModelBuilder.Plan;
import vn.bca.antq.movementmodel.ModelRegister.ModelType;

/** Builds the whole dataset in memory: a pure function of the unit structure, the model types, the seed and the scale. */
final class DatasetBuilder {

    private final DemoUnits units;
    private final List<ModelType> kinds;
    private final RandomStreams streams;
    private final int scale;

    DatasetBuilder(DemoUnits units, List<ModelType> kinds, long seed, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("The demo scale must be at least 1, not " + scale);
        }
        this.units = units;
        this.kinds = kinds;
        this.streams = new RandomStreams(seed);
        this.scale = scale;
    }

    DemoDataset build() {
        List<Plan> plans = new ModelBuilder(units, streams, kinds, scale).build();
        List<AssessmentRow> assessments = new CoverageBuilder(units, streams).build();
        return new DemoDataset(
                plans.stream().map(Plan::model).toList(),
                new SiteBuilder(units, streams).build(plans),
                new FestivalBuilder(units, streams, scale).build(),
                assessments,
                new ExemplarBuilder(units, streams, scale).build(plans),
                new AwardBuilder(units, streams, scale).build(),
                new IndicatorValueBuilder(units, streams).build(assessments));
    }
}
