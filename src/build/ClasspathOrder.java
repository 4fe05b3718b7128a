import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the libraries that a start loads most classes from first in the packaged jar's class path index
 * ({@code BOOT-INF/classpath.idx}), so that a plain {@code java -jar} start finds most classes in its first few
 * libraries. Spring Boot's launcher looks for each class in the libraries in the order of that index, and Maven's
 * order had Spring's own core libraries after a hundred others: those look-ups were a third of the start's main
 * thread. Run by the build after Spring Boot repackages the jar; libraries not named keep their order after those
 * named. Usage: {@code java ClasspathOrder.java <jar> <list>}, the list holding one file name prefix a line.
 */
public class ClasspathOrder {

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]);
        List<String> first = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            line = line.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                first.add(line);
            }
        }
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path index = zip.getPath("BOOT-INF/classpath.idx");
            List<String> entries = new ArrayList<>(Files.readAllLines(index));
            // a stable sort: named libraries in the list's order, then the others as they were
            entries.sort(Comparator.comparingInt(entry -> rank(entry, first)));
            Files.write(index, entries);
        }
    }

    /** The position of the first prefix naming this entry's file ({@code - "BOOT-INF/lib/name-1.2.jar"}). */
    private static int rank(String entry, List<String> first) {
        String file = entry.substring(entry.lastIndexOf('/') + 1);
        for (int i = 0; i < first.size(); i++) {
            if (file.startsWith(first.get(i))) {
                return i;
            }
        }
        return first.size();
    }
}
