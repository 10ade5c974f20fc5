package nl.openbaar.api.web;

import java.util.List;

/**
 * What the shared page layout ({@code layout.jte}) needs besides the page's content: its title, which main menu
 * entry is the current page, and the scripts that enhance it (the page must be readable without them).
 *
 * @param title the page's own title; the layout adds the site name
 * @param current the path of the main menu entry this page belongs to
 * @param scripts script paths on this server, loaded at the end of the body
 */
public record Layout(String title, String current, List<String> scripts) {
    /** The main menu, in order. Later features (the Woo register, staff pages) add their entry here. */
    public static final List<MenuItem> MENU = List.of(
            new MenuItem("/", "Home"),
            new MenuItem("/catalogus", "Catalogus"),
            new MenuItem("/woo", "Woo-register"),
            new MenuItem("/sparql", "Zoeken met SPARQL"),
            new MenuItem("/api/docs", "API"));

    /** Chart.js from npm, served by this server, and the script that draws charts from the tables of the page. */
    public static final List<String> CHART_SCRIPTS = List.of("/vendor/chartjs/chart.umd.min.js", "/assets/charts.js");

    public Layout {
        scripts = List.copyOf(scripts);
    }

    public static Layout of(String title, String current) {
        return new Layout(title, current, List.of());
    }

    public Layout withCharts() {
        return new Layout(title, current, CHART_SCRIPTS);
    }

    public boolean isCurrent(MenuItem item) {
        return item.href().equals(current);
    }

    public List<MenuItem> menu() {
        return MENU;
    }

    /** One entry of the main menu. */
    public record MenuItem(String href, String label) {
    }
}
