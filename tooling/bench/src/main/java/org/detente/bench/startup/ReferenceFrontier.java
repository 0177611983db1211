package org.detente.bench.startup;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The start-up reference of docs/benchmarks.md: a plain Java program, the JDK alone, that reads a
 * two-party GENIUS scenario of discrete linear additive profiles (a domain and two profile files),
 * enumerates every outcome and computes its Pareto frontier — what {@code detente analyze} does on
 * the same files, without anything else. It prints the number of outcomes and of frontier points
 * (distinct utility pairs), to check both compute the same frontier.
 *
 * <p>Run cold: {@code java -cp tooling/bench/target/classes org.detente.bench.startup.ReferenceFrontier
 * DOMAIN.xml A.xml B.xml}.
 */
public final class ReferenceFrontier {
    private ReferenceFrontier() {
    }

    public static void main(String[] args) throws Exception {
        List<String> issues = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        NodeList domainIssues = root(args[0]).getElementsByTagName("issue");
        for (int i = 0; i < domainIssues.getLength(); i++) {
            Element issue = (Element) domainIssues.item(i);
            issues.add(issue.getAttribute("name"));
            List<String> labels = new ArrayList<>();
            NodeList items = issue.getElementsByTagName("item");
            for (int k = 0; k < items.getLength(); k++) {
                labels.add(((Element) items.item(k)).getAttribute("value"));
            }
            values.add(labels);
        }
        double[][] a = table(args[1], issues, values);
        double[][] b = table(args[2], issues, values);
        int n = 1;
        for (List<String> v : values) {
            n = Math.multiplyExact(n, v.size());
        }
        double[] ua = new double[n];
        double[] ub = new double[n];
        int[] digits = new int[issues.size()];
        for (int k = 0; k < n; k++) {
            double x = 0;
            double y = 0;
            for (int i = 0; i < digits.length; i++) {
                x += a[i][digits[i]];
                y += b[i][digits[i]];
            }
            ua[k] = x;
            ub[k] = y;
            for (int i = digits.length - 1; i >= 0 && ++digits[i] == values.get(i).size(); i--) {
                digits[i] = 0;
            }
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, k -> k);
        Arrays.sort(order, (p, q) -> ua[p] != ua[q] ? Double.compare(ua[q], ua[p]) : Double.compare(ub[q], ub[p]));
        int frontier = 0;
        double bestB = Double.NEGATIVE_INFINITY;
        for (int k : order) {
            if (ub[k] > bestB + 1e-9) {
                frontier++;
                bestB = ub[k];
            }
        }
        System.out.println(n + " outcomes, " + frontier + " frontier points");
    }

    /** Weighted evaluations per issue and value, each issue's evaluations divided by its largest (GENIUS). */
    private static double[][] table(String file, List<String> issues, List<List<String>> values) throws Exception {
        Element root = root(file);
        Map<String, Double> weights = new HashMap<>();
        NodeList ws = root.getElementsByTagName("weight");
        NodeList is = root.getElementsByTagName("issue");
        Map<String, String> indexToName = new HashMap<>();
        for (int i = 0; i < is.getLength(); i++) {
            Element e = (Element) is.item(i);
            indexToName.put(e.getAttribute("index"), e.getAttribute("name"));
        }
        for (int w = 0; w < ws.getLength(); w++) {
            Element e = (Element) ws.item(w);
            weights.put(indexToName.get(e.getAttribute("index")), Double.parseDouble(e.getAttribute("value")));
        }
        double[][] t = new double[issues.size()][];
        for (int i = 0; i < is.getLength(); i++) {
            Element e = (Element) is.item(i);
            int at = issues.indexOf(e.getAttribute("name"));
            List<String> labels = values.get(at);
            double[] row = new double[labels.size()];
            double max = 0;
            NodeList items = e.getElementsByTagName("item");
            for (int k = 0; k < items.getLength(); k++) {
                Element item = (Element) items.item(k);
                double ev = Double.parseDouble(item.getAttribute("evaluation"));
                row[labels.indexOf(item.getAttribute("value"))] = ev;
                max = Math.max(max, ev);
            }
            double w = weights.getOrDefault(e.getAttribute("name"), 0.0);
            for (int k = 0; k < row.length; k++) {
                row[k] = max == 0 ? 0 : w * row[k] / max;
            }
            t[at] = row;
        }
        return t;
    }

    private static Element root(String file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new File(file)).getDocumentElement();
    }
}
