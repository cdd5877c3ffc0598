package io.sportello.ui.studio;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import io.sportello.ui.KaribuTest;
import io.sportello.understanding.UnderstandingModel;
import io.sportello.understanding.UnderstandingModels;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The process owner's view of the models: versions with their figures, retrain, roll back. */
class UnderstandingModelsViewTest extends KaribuTest {

    @Autowired
    UnderstandingModels models;

    @Test
    void aProcessOwnerSeesEachVersionsFiguresRetrainsAndRollsBack() {
        models.active();
        login("paolo");
        UI.getCurrent().navigate(UnderstandingModelsView.class);
        UnderstandingModelsView view = _get(UnderstandingModelsView.class);
        int before = GridKt._size(view.versions);
        assertThat(before).isPositive();
        assertThat(view.figures.getText()).contains("held-out messages").contains("macro-F1");
        assertThat(GridKt._size(view.perCategory)).isEqualTo(9);
        assertThat(GridKt._size(view.confusion)).isEqualTo(9);

        _click(view.retrain);
        assertThat(GridKt._size(view.versions)).isEqualTo(before + 1);
        UnderstandingModel newest = GridKt._get(view.versions, 0);
        assertThat(newest.isActive()).isTrue();
        assertThat(newest.getTrainedBy()).isEqualTo("paolo");

        _click(view.rollback);
        assertThat(models.activeVersion()).get().satisfies(v -> assertThat(v.getId()).isLessThan(newest.getId()));
    }
}
