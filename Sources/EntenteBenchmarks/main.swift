import Entente
import Foundation

// Placeholder replaced below.
